using Cms.Domain.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Media;

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> builder)
    {
        builder.ToTable("media_assets");
        builder.Property(x => x.StorageKey).HasMaxLength(200).IsRequired();
        builder.Property(x => x.FileName).HasMaxLength(255).IsRequired();
        builder.Property(x => x.ContentType).HasMaxLength(50).IsRequired();
        builder.Property(x => x.Caption).HasMaxLength(MediaAsset.MaxCaptionLength);
        builder.Property(x => x.Alt).HasMaxLength(MediaAsset.MaxAltLength);
        builder.Property(x => x.CreatedBy).HasMaxLength(100);
        builder.Property(x => x.UpdatedBy).HasMaxLength(100);
        builder.Property(x => x.Version).IsRowVersion();
        builder.OwnsMany(x => x.Renditions, rendition => rendition.ToJson());
        builder.Navigation(x => x.Renditions).HasField("renditions");
        builder.HasIndex(x => x.StorageKey).IsUnique();
    }
}
