using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Changes;

internal sealed class ContentChangeConfiguration : IEntityTypeConfiguration<ContentChange>
{
    public void Configure(EntityTypeBuilder<ContentChange> builder)
    {
        builder.ToTable("content_changes");
        builder.HasKey(x => x.Seq);
        builder.Property(x => x.Seq).UseIdentityAlwaysColumn();
        builder.HasIndex(x => new { x.Tx, x.Seq });
    }
}
