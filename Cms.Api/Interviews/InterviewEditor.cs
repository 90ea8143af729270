using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Domain.Content;
using Cms.Domain.Interviews;

namespace Cms.Api.Interviews;

internal sealed class InterviewEditor : IContentEditor<Interview, InterviewRequest>
{
    public Interview Create(InterviewRequest request, ContentFields fields, DateTimeOffset now) =>
        new(fields, Interviewee(request), Exchanges(request), request.Closing, now);

    public void Update(Interview entity, InterviewRequest request, ContentFields fields, DateTimeOffset now) =>
        entity.Update(fields, Interviewee(request), Exchanges(request), request.Closing, now);

    public InterviewRequest Snapshot(Interview entity) => ContentSnapshot.WithCommonFields(new InterviewRequest
    {
        Interviewee = new IntervieweeRequest(entity.Interviewee.Name, entity.Interviewee.Position, ImageRequest.From(entity.Interviewee.Portrait)),
        Exchanges = entity.Exchanges.Select(e => new ExchangeRequest(e.Question, e.Answer, e.Speaker, e.Asker)).ToList(),
        Closing = entity.Closing,
    }, entity);

    private static Interviewee Interviewee(InterviewRequest request) =>
        new(request.Interviewee!.Name!, request.Interviewee.Position, request.Interviewee.Portrait?.ToDomain());

    private static IEnumerable<Exchange> Exchanges(InterviewRequest request) =>
        request.Exchanges!.Select(e => new Exchange(e.Question!, e.Answer!, e.Speaker, e.Asker));
}
