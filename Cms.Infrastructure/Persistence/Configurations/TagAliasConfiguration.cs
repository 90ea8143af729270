using Cms.Domain.Common;
using Cms.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Persistence.Configurations;

internal sealed class TagAliasConfiguration : IEntityTypeConfiguration<TagAlias>
{
    public void Configure(EntityTypeBuilder<TagAlias> builder)
    {
        builder.ToTable("tag_aliases");
        builder.HasKey(x => x.Slug);
        builder.Property(x => x.Slug).HasMaxLength(Slug.MaxLength);
        // Written by the tag corrections' SQL (Cms.Api/Tags); a tag deleted takes its old slugs along.
        builder.HasOne(x => x.Tag).WithMany().HasForeignKey(x => x.TagId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.TagId);
    }
}
