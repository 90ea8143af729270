using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// The hostile values (HostileValues) in every field of every JSON body and of the upload form.
/// A character that is never text (NUL, U+FFFE) is a 400 naming the field and changes nothing;
/// every other value is saved or refused cleanly, never a 500. A class of its own, so what it
/// saves stays in its own database.
/// </summary>
public sealed class HostileBodyValueTests(CmsApp app) : IClassFixture<CmsApp>
{
    private const string Placeholder = "__hostile_value__";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_field_of_every_body_takes_hostile_values_and_what_is_not_text_is_refused_naming_it()
    {
        using var admin = await app.EditorAsync();
        var (ids, articleId) = await Battery.CreateTargetsAsync(app, admin, Ct);
        var bodies = Battery.ValidBodies(articleId);
        // Accepted values are saved, and one of them may be a new password: the battery writes
        // as an admin of its own, and changes that admin's password last.
        using var writer = await app.UserAsync("admin", "battery.admin");
        var endpoints = Battery.BodyEndpoints(app).Where(e => e.Name != "UploadMedia").OrderBy(e => e.Name == "ChangeMyPassword").ToList();
        bodies["IssueToken"].Body["userName"] = "battery.admin";

        await app.FlushAsync();
        var before = await Battery.FingerprintAsync(app, Ct);
        var wrong = new List<string>();
        var sent = 0;
        // First the values that must be refused (the database must not change), then the rest.
        foreach (var refused in new[] { true, false })
        {
            foreach (var (name, method, route) in endpoints)
            {
                var url = Battery.Fill(route, ids);
                var body = bodies[name].Body;
                foreach (var field in Leaves(body, string.Empty))
                {
                    foreach (var value in HostileValues.All.Where(v => v.NotText == refused))
                    {
                        using var request = HttpExtensions.Request(new HttpMethod(method), url, WithValue(body, field, value.Json), "*");
                        using var response = await writer.SendAsync(request, Ct);
                        await HostileValues.CheckAsync(response, value, field, $"{method} {url} {field} [{value.What}]", wrong);
                        sent++;
                    }
                }
            }

            sent += await SendHostileFormsAsync(writer, HostileValues.All.Where(v => v.NotText == refused), wrong);
            if (refused)
            {
                await app.FlushAsync();
                Assert.Equal(before, await Battery.FingerprintAsync(app, Ct));
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{sent} requests with hostile body fields.");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {sent} answers were wrong:{Environment.NewLine}{string.Join(Environment.NewLine, wrong.Take(40))}");
    }

    /// <summary>The upload form's fields and file name, each with each of the values.</summary>
    private static async Task<int> SendHostileFormsAsync(HttpClient writer, IEnumerable<Hostile> values, List<string> wrong)
    {
        var sent = 0;
        foreach (var value in values)
        {
            var text = Uri.UnescapeDataString(value.Url);
            foreach (var field in new[] { "caption", "alt", "file" })
            {
                // Written by hand: HttpClient refuses a NUL in a file name, a browser or a script need not.
                using var form = new ByteArrayContent(Multipart(
                    ("file", field == "file" ? $"anh{text}.png" : "anh.png", Convert.FromBase64String(Battery.OnePixelPng)),
                    ("caption", null, Encoding.UTF8.GetBytes(field == "caption" ? text : "Ảnh")),
                    ("alt", null, Encoding.UTF8.GetBytes(field == "alt" ? text : "Mô tả"))));
                form.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
                using var response = await writer.PostAsync("/api/v1/manage/media", form, Ct);
                await HostileValues.CheckAsync(response, value, field, $"POST /api/v1/manage/media {field} [{value.What}]", wrong);
                sent++;
            }
        }

        return sent;
    }

    [Fact]
    public async Task A_nul_in_a_nested_json_field_is_a_400_naming_its_path_and_saves_nothing()
    {
        using var admin = await app.EditorAsync();
        var interview = Samples.Interview("Phỏng vấn có ký tự lạ");
        var json = JsonSerializer.SerializeToNode(interview, JsonSerializerOptions.Web)!.AsObject();
        var response = await admin.PostRawAsync("/api/v1/manage/interviews", WithValue(json, "exchanges[1].answer", "\"Hoàn thành\\u0000\""));
        var keys = await response.AssertValidationErrorsAsync();
        Assert.Equal(["exchanges[1].answer"], keys);
        Assert.False(await app.DbAsync(db => db.Interviews.AnyAsync(i => i.Title == "Phỏng vấn có ký tự lạ", Ct)));
    }

    private const string Boundary = "battery-boundary-7d1f";

    private static byte[] Multipart(params (string Name, string? FileName, byte[] Content)[] parts)
    {
        using var body = new MemoryStream();
        foreach (var (name, fileName, content) in parts)
        {
            var head = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"{(fileName is null ? null : $"; filename=\"{fileName}\"")}\r\n"
                + (fileName is null ? "\r\n" : "Content-Type: image/png\r\n\r\n");
            body.Write(Encoding.UTF8.GetBytes(head));
            body.Write(content);
            body.Write("\r\n"u8);
        }

        body.Write(Encoding.UTF8.GetBytes($"--{Boundary}--\r\n"));
        return body.ToArray();
    }

    /// <summary>Every value's path in a body: "title", "interviewee.portrait.url", "exchanges[0].answer".</summary>
    private static IEnumerable<string> Leaves(JsonNode? node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => Leaves(p.Value, path.Length == 0 ? p.Key : $"{path}.{p.Key}")),
        JsonArray a => a.SelectMany((item, i) => Leaves(item, $"{path}[{i}]")),
        _ => [path],
    };

    /// <summary>The body as JSON text with the value at <paramref name="path"/> replaced by a raw JSON token.</summary>
    private static string WithValue(JsonObject body, string path, string jsonToken)
    {
        var copy = body.DeepClone();
        var steps = Regex.Matches(path, @"[^.\[\]]+|\[(\d+)\]").Select(m => m.Value).ToList();
        var parent = copy;
        foreach (var step in steps[..^1])
        {
            parent = step.StartsWith('[') ? parent[int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : parent[step]!;
        }

        var last = steps[^1];
        if (last.StartsWith('['))
        {
            parent[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = Placeholder;
        }
        else
        {
            parent[last] = Placeholder;
        }

        return copy.ToJsonString().Replace($"\"{Placeholder}\"", jsonToken, StringComparison.Ordinal);
    }
}
