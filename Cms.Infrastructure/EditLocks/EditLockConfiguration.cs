using Cms.Domain.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.EditLocks;

internal sealed class EditLockConfiguration : IEntityTypeConfiguration<EditLock>
{
    public void Configure(EntityTypeBuilder<EditLock> builder)
    {
        builder.ToTable("edit_locks");
        builder.HasKey(x => x.ContentId);
        builder.Property(x => x.ContentId).ValueGeneratedNever();
        builder.Property(x => x.Holder).HasMaxLength(100).IsRequired();
        builder.Property(x => x.SessionId).HasMaxLength(100).IsRequired();
        // A deleted item's lock goes with it.
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentId).OnDelete(DeleteBehavior.Cascade);
    }
}
