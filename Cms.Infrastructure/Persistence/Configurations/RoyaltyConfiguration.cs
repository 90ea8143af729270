using Cms.Domain.Authors;
using Cms.Domain.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Persistence.Configurations;

internal sealed class RoyaltyConfiguration : IEntityTypeConfiguration<Royalty>
{
    public void Configure(EntityTypeBuilder<Royalty> builder)
    {
        builder.ToTable("content_royalties", table =>
        {
            table.HasCheckConstraint("ck_content_royalties_some", "points IS NOT NULL OR amount IS NOT NULL");
            table.HasCheckConstraint("ck_content_royalties_not_negative", "coalesce(points, 0) >= 0 AND coalesce(amount, 0) >= 0");
        });
        builder.HasKey(x => new { x.ContentId, x.AuthorId });
        builder.Property(x => x.Points).HasPrecision(12, 2);
        builder.Property(x => x.Note).HasMaxLength(500);
        builder.Property(x => x.SetBy).HasMaxLength(100);
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Author>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.AuthorId);
    }
}
