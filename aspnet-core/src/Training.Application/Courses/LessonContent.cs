using Ganss.Xss;

namespace Training.Courses;

/// <summary>Lesson text is HTML from trainers' editors: kept are formatting, links, images and tables; dropped are
/// scripts, event handlers (onerror=…), javascript: links, styles that can hide or overlay content, frames and forms.</summary>
public static class LessonContent
{
    public static string Sanitise(string? html)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        return sanitizer.Sanitize(html ?? string.Empty);
    }
}
