using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;

namespace Training.Web.Common;

/// <summary>Puts a broken rule on the page: beside the form field it names (<c>fullName</c> → <c>Input.FullName</c>) when the
/// page's form has that field, else at the top of the form.</summary>
public static class PageErrors
{
    public static void AddTrainingError(this PageModel page, TrainingException exception, TrainingProblems problems) =>
        page.ModelState.AddModelError(KeyOf(page, exception.Field), problems.Message(exception.Code, exception.Arguments.ToArray()));

    private static string KeyOf(PageModel page, string? field)
    {
        var type = page.GetType().GetProperty("Input")?.PropertyType;
        if (field is null || type is null)
        {
            return string.Empty;
        }

        var key = "Input";
        foreach (var segment in field.Split('.'))
        {
            var property = type?.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return string.Empty;
            }

            key += "." + property.Name;
            type = property.PropertyType;
        }

        return key;
    }
}
