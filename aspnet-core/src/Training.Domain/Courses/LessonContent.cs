using System.Collections.Frozen;
using AngleSharp.Dom;
using Ganss.Xss;

namespace Training.Courses;

/// <summary>
/// Lesson text is HTML from trainers' editors: kept are formatting, links, tables and the course's own images; dropped
/// are scripts, event handlers (onerror=…), javascript: links, frames and forms, every style attribute and every class
/// but a few harmless ones (a link with <c>position-fixed w-100 h-100</c> covers the learner's page with the trainer's
/// site), and images from elsewhere (each one tells a third party the learner's address).
/// Changing these rules means raising <see cref="CourseConsts.LessonSanitizerVersion"/>.
/// </summary>
public static class LessonContent
{
    private static readonly FrozenSet<string> AlignmentClasses = FrozenSet.Create("text-start", "text-center", "text-end");

    private static readonly FrozenSet<string> TableClasses = FrozenSet.Create("table", "table-bordered");

    /// <param name="courseAttachmentIds">The attachments of the lesson's course: the only images kept, as
    /// <c>&lt;img src="attachment:{id}"&gt;</c>.</param>
    public static string Sanitise(string? html, IReadOnlySet<Guid> courseAttachmentIds)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("srcset");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag.LocalName == "img")
            {
                e.SanitizedUrl = AttachmentId(e.OriginalUrl) is { } id && courseAttachmentIds.Contains(id) ? LessonAttachment.ReferenceScheme + id : null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement element)
            {
                return;
            }

            if (element.LocalName == "img" && element.GetAttribute("src") is null)
            {
                element.Remove();
                return;
            }

            foreach (var name in element.ClassList.Where(c => !AlignmentClasses.Contains(c) && !(element.LocalName == "table" && TableClasses.Contains(c))).ToList())
            {
                element.ClassList.Remove(name);
            }

            if (element.ClassList.Length == 0)
            {
                element.RemoveAttribute("class");
            }
        };
        return sanitizer.Sanitize(html ?? string.Empty);
    }

    /// <summary>A sanitised body with its images pointed at <paramref name="attachmentRoute"/> (ending in <c>/</c>, the
    /// attachment's id follows), the route by which the reader may download the course's attachments.</summary>
    public static string ForReader(string sanitisedBody, string attachmentRoute) =>
        sanitisedBody.Replace($"src=\"{LessonAttachment.ReferenceScheme}", $"src=\"{attachmentRoute}", StringComparison.Ordinal);

    /// <summary>The words of a sanitised text, without its markup, cut at <paramref name="maxLength"/> characters with an ellipsis: what a list shows of it.</summary>
    public static string Excerpt(string sanitisedHtml, int maxLength)
    {
        var text = Training.Text.VietnameseText.Clean(new AngleSharp.Html.Parser.HtmlParser().ParseFragment(sanitisedHtml, null!).Aggregate(string.Empty,
            (all, node) => all + " " + node.TextContent));
        return text.Length <= maxLength ? text : text[..(maxLength - 1)].TrimEnd() + "…";
    }

    private static Guid? AttachmentId(string url) =>
        url.Trim().StartsWith(LessonAttachment.ReferenceScheme, StringComparison.OrdinalIgnoreCase)
        && Guid.TryParse(url.Trim()[LessonAttachment.ReferenceScheme.Length..], out var id)
            ? id
            : null;
}
