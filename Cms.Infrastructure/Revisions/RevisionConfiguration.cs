using Cms.Domain.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Revisions;

internal sealed class ContentRevisionConfiguration : IEntityTypeConfiguration<ContentRevision>
{
    public void Configure(EntityTypeBuilder<ContentRevision> builder)
    {
        builder.ToTable("content_revisions");
        builder.Property(x => x.Id).UseIdentityAlwaysColumn();
        builder.Property(x => x.Action).HasMaxLength(40).IsRequired();
        builder.Property(x => x.Title).HasMaxLength(500).IsRequired();
        builder.Property(x => x.Snapshot).HasColumnType("jsonb").IsRequired();
        builder.Property(x => x.CreatedBy).HasMaxLength(100);
        // An item's history goes with it when it is deleted.
        builder.HasOne(x => x.Content).WithMany().HasForeignKey(x => x.ContentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.ContentId, x.Id });
    }
}

internal sealed class ContentWorkingCopyConfiguration : IEntityTypeConfiguration<ContentWorkingCopy>
{
    public void Configure(EntityTypeBuilder<ContentWorkingCopy> builder)
    {
        builder.ToTable("content_working_copies");
        builder.HasKey(x => x.ContentId);
        builder.Property(x => x.ContentId).ValueGeneratedNever();
        builder.Property(x => x.Snapshot).HasColumnType("jsonb").IsRequired();
        builder.Property(x => x.CreatedBy).HasMaxLength(100);
        builder.Property(x => x.UpdatedBy).HasMaxLength(100);
        builder.Property(x => x.Version).IsRowVersion();
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentId).OnDelete(DeleteBehavior.Cascade);
    }
}
