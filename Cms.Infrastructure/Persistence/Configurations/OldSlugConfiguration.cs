using Cms.Domain.Common;
using Cms.Domain.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Persistence.Configurations;

internal sealed class OldSlugConfiguration : IEntityTypeConfiguration<OldSlug>
{
    public void Configure(EntityTypeBuilder<OldSlug> builder)
    {
        // Written by the database (Sql/ContentOldSlugs.sql) when an item's slug changes; an item
        // deleted takes its old addresses along.
        builder.ToTable("content_old_slugs");
        builder.HasKey(x => new { x.Type, x.Slug });
        builder.Property(x => x.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.ContentId);
    }
}
