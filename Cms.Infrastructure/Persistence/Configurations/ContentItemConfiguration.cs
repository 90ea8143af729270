using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Domain.Interviews;
using Cms.Domain.PhotoStories;
using Cms.Domain.Videos;
using Cms.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Persistence.Configurations;

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.ToTable("content_items");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).UseIdentityAlwaysColumn();

        builder.HasDiscriminator(x => x.Type)
            .HasValue<Article>(ContentType.Article)
            .HasValue<Interview>(ContentType.Interview)
            .HasValue<Video>(ContentType.Video)
            .HasValue<PhotoStory>(ContentType.PhotoStory);

        builder.Property(x => x.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.Property(x => x.Title).HasMaxLength(300).IsRequired();
        builder.Property(x => x.Summary).HasMaxLength(2000);
        builder.Property(x => x.Author).HasMaxLength(200);
        builder.Property(x => x.CreatedBy).HasMaxLength(100);
        builder.Property(x => x.UpdatedBy).HasMaxLength(100);
        builder.Property(x => x.Version).IsRowVersion();

        // Search: the title weighs most, then the summary, then the text. Folded (tone marks
        // removed, đ → d, lower case) so "soc trang" finds "Sóc Trăng"; 'simple' because
        // Vietnamese has no stemmer. Kept by PostgreSQL itself, indexed with GIN.
        builder.Property(x => x.SearchText);
        builder.Property<NpgsqlTypes.NpgsqlTsVector>(ContentSearch.VectorProperty)
            .HasComputedColumnSql(
                "setweight(to_tsvector('simple', cms_fold(title)), 'A') || " +
                "setweight(to_tsvector('simple', cms_fold(coalesce(summary, ''))), 'B') || " +
                "setweight(to_tsvector('simple', cms_fold(coalesce(search_text, ''))), 'C')",
                stored: true);
        builder.HasIndex(ContentSearch.VectorProperty).HasMethod("GIN");

        builder.OwnsOne(x => x.CoverImage, image => image.ToJson());
        builder.OwnsOne(x => x.Seo, seo =>
        {
            seo.ToJson();
            seo.OwnsOne(x => x.Image);
        });

        builder.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(x => x.Tags).WithMany().UsingEntity("content_item_tags");

        // Slugs are unique per content type: /articles/x and /videos/x may coexist.
        builder.HasIndex(x => new { x.Type, x.Slug }).IsUnique();
        // The public lists: newest published first, per type and across types.
        // The public lists, newest first (ties by id), for the whole site, a type, a section, a
        // type within a section: partial (public statuses only), in the lists' own order, so a
        // page is an index range and a deep page skips index entries, not table rows.
        builder.HasIndex(x => new { x.PublishedAt, x.Id }, "ix_content_items_public_newest").IsDescending().HasFilter(PublicSql.Statuses);
        builder.HasIndex(x => new { x.Type, x.PublishedAt, x.Id }, "ix_content_items_public_type_newest").IsDescending(false, true, true).HasFilter(PublicSql.Statuses);
        builder.HasIndex(x => new { x.CategoryId, x.PublishedAt, x.Id }, "ix_content_items_public_category_newest").IsDescending(false, true, true).HasFilter(PublicSql.Statuses);
        builder.HasIndex(x => new { x.Type, x.CategoryId, x.PublishedAt, x.Id }, "ix_content_items_public_type_category_newest")
            .IsDescending(false, false, true, true).HasFilter(PublicSql.Statuses);
        // Scheduled items coming due; the editors' status filter.
        builder.HasIndex(x => new { x.Status, x.PublishedAt });
        builder.HasIndex(x => x.CategoryId);
        // An author's own items, for their list in the management API.
        builder.HasIndex(x => x.CreatedBy);
        // The editors' lists: per type, last changed first. Without it every list page sorted
        // the whole type.
        builder.HasIndex(x => new { x.Type, x.UpdatedAt, x.Id }, "ix_content_items_type_last_changed").IsDescending(false, true, true);
    }
}
