using Cms.Domain.PhotoStories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Persistence.Configurations;

internal sealed class PhotoStoryConfiguration : IEntityTypeConfiguration<PhotoStory>
{
    public void Configure(EntityTypeBuilder<PhotoStory> builder)
    {
        // One JSON array, in the story's order: the photos are always read and written together.
        builder.OwnsMany(x => x.Photos, photo =>
        {
            photo.ToJson();
            photo.OwnsOne(x => x.Image);
        });
        builder.Navigation(x => x.Photos).HasField("photos");
    }
}
