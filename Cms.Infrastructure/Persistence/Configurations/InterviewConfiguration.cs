using Cms.Domain.Interviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Persistence.Configurations;

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.OwnsOne(x => x.Interviewee, interviewee =>
        {
            interviewee.ToJson();
            interviewee.OwnsOne(x => x.Portrait);
        });
        builder.OwnsMany(x => x.Exchanges, exchange => exchange.ToJson());
        builder.Navigation(x => x.Exchanges).HasField("exchanges");
        builder.Property(x => x.Closing).HasMaxLength(1000);
    }
}
