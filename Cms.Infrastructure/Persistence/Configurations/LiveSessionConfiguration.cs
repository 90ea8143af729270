using Cms.Domain.Content;
using Cms.Domain.Interviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Persistence.Configurations;

internal sealed class LiveSessionConfiguration : IEntityTypeConfiguration<LiveSession>
{
    public void Configure(EntityTypeBuilder<LiveSession> builder)
    {
        builder.ToTable("live_sessions");
        builder.HasKey(x => x.ContentId);
        builder.Property(x => x.ContentId).ValueGeneratedNever();
        // The retention sweep looks for sessions closed long enough ago.
        builder.HasIndex(x => x.ClosesAt);
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentId).OnDelete(DeleteBehavior.Cascade);
    }
}
