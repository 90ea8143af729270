using Cms.Domain.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Persistence.Configurations;

internal sealed class RelatedPinConfiguration : IEntityTypeConfiguration<RelatedPin>
{
    public void Configure(EntityTypeBuilder<RelatedPin> builder)
    {
        builder.ToTable("related_pins", table => table.HasCheckConstraint("ck_related_pins_not_itself", "content_id <> related_id"));
        // An item's pins in their order are what is read (RelatedItems); each item once per list.
        builder.HasKey(x => new { x.ContentId, x.Position });
        builder.HasIndex(x => new { x.ContentId, x.RelatedId }).IsUnique();
        // Either item deleted takes the pin with it; the index finds the pins to an item deleted.
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.RelatedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.RelatedId);
    }
}
