using Cms.Domain.Content;
using Cms.Domain.Previews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Previews;

internal sealed class PreviewLinkConfiguration : IEntityTypeConfiguration<PreviewLink>
{
    public void Configure(EntityTypeBuilder<PreviewLink> builder)
    {
        builder.ToTable("preview_links");
        builder.Property(x => x.Id).UseIdentityAlwaysColumn();
        builder.Property(x => x.CreatedBy).HasMaxLength(100);
        builder.Property(x => x.RevokedBy).HasMaxLength(100);
        // A deleted item's links go with it: the token then answers 404, as for any unknown link.
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.ContentId, x.Id });
    }
}
