namespace Cms.Domain.Interviews;

/// <summary>Where a live Q&amp;A session stands at a given time: readers may send questions only while it is open.</summary>
public enum LiveSessionState
{
    Upcoming,
    Open,
    Closed,
}
