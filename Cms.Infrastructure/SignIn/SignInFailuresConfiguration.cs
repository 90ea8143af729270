using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.SignIn;

internal sealed class SignInFailuresConfiguration : IEntityTypeConfiguration<SignInFailures>
{
    public void Configure(EntityTypeBuilder<SignInFailures> builder)
    {
        builder.ToTable("sign_in_failures");
        builder.HasKey(x => x.UserName);
        builder.Property(x => x.UserName).HasMaxLength(100);
    }
}
