using Cms.Domain.Previews;

namespace Cms.Tests.Domain;

public sealed class PreviewLinkRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_link_works_until_its_expiry_and_not_at_it()
    {
        var link = new PreviewLink(1, T0.AddHours(48));

        Assert.Equal(PreviewLinkState.Active, link.StateAt(T0.AddHours(48).AddTicks(-10)));
        Assert.Equal(PreviewLinkState.Expired, link.StateAt(T0.AddHours(48)));
    }

    [Fact]
    public void A_revoked_link_says_so_even_past_its_expiry_and_keeps_its_first_revocation()
    {
        var link = new PreviewLink(1, T0.AddHours(48));

        link.Revoke("bientap", T0.AddHours(1));
        link.Revoke("admin", T0.AddHours(2));

        Assert.Equal(PreviewLinkState.Revoked, link.StateAt(T0.AddHours(1)));
        Assert.Equal(PreviewLinkState.Revoked, link.StateAt(T0.AddHours(100)));
        Assert.Equal(("bientap", T0.AddHours(1)), (link.RevokedBy, link.RevokedAt));
    }
}
