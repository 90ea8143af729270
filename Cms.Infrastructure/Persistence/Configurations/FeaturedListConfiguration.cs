using Cms.Domain.Curation;
using Cms.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Persistence.Configurations;

internal sealed class FeaturedListConfiguration : IEntityTypeConfiguration<FeaturedList>
{
    public void Configure(EntityTypeBuilder<FeaturedList> builder)
    {
        builder.ToTable("featured_lists");
        // The order is the point, and the list is always replaced whole: one array, not a row
        // per item. Ids of items deleted since stay in it until the next save; reads skip them.
        builder.Property(x => x.ItemIds).HasColumnType("bigint[]").IsRequired();
        builder.Property(x => x.Revision).IsConcurrencyToken();
        builder.Property(x => x.CreatedBy).HasMaxLength(100);
        builder.Property(x => x.UpdatedBy).HasMaxLength(100);
        // One list per section and one for the home page (the NULL section): NULLS NOT DISTINCT.
        builder.HasIndex(x => x.CategoryId).IsUnique().AreNullsDistinct(false);
        // A section deleted takes its list with it.
        builder.HasOne<Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
