using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Training.Common;
using Training.Documents;
using Training.HttpApi.Common;
using Training.Localization;

namespace Training.Web.Common;

/// <summary>
/// The base of every page that runs a use case. The application service checks the permission and scope; the page only
/// shows what went wrong, beside the form field the rule names.
/// </summary>
public abstract class TrainingPageModel : PageModel
{
    protected IStringLocalizer<TrainingResource> L => field ??= HttpContext.RequestServices.GetRequiredService<IStringLocalizer<TrainingResource>>();

    /// <summary>A localized message (an error code or a page text) with its arguments.</summary>
    protected string Message(string key, params object[] arguments) =>
        HttpContext.RequestServices.GetRequiredService<TrainingProblems>().Message(key, arguments);

    /// <summary>
    /// Runs a use case. A broken rule becomes a model-state error: beside the field of <paramref name="form"/> it names
    /// (<c>fullName</c> → <c>Input.FullName</c>), else at the top of the page. A missing permission is not the form's
    /// business: it goes on to the access-denied page. A refusal about the person or unit at hand (out of the caller's
    /// units, not on a roster) is explained on the form instead, where the user can pick another.
    /// </summary>
    /// <param name="unitFromAddress">The unit at hand comes from the page's address, not from a pick on the form: there is
    /// nothing to pick instead, so a unit out of the caller's scope goes on to the access-denied page too.</param>
    /// <returns>Whether the use case succeeded.</returns>
    protected async Task<bool> RunAsync(Func<Task> useCase, string form = "Input", bool unitFromAddress = false)
    {
        try
        {
            await useCase();
            return true;
        }
        catch (TrainingException e) when (e.Code != TrainingErrorCodes.Forbidden && !(unitFromAddress && e.Kind == TrainingErrorKind.Forbidden))
        {
            ModelState.AddModelError(KeyOf(form, e.Field), Message(e.Code, e.Arguments.ToArray()));
            return false;
        }
    }

    /// <summary>The units a roster page offers to pick from; none when the caller may not read the unit tree (an admin
    /// may grant a role the roster without the units).</summary>
    protected static async Task<IReadOnlyList<OrganizationUnits.OrganizationUnitDto>> UnitsInScopeAsync(OrganizationUnits.IOrganizationUnitAppService units,
        Training.Identity.IPermissionChecker permissions, DateOnly asOf, CancellationToken cancellationToken) =>
        await permissions.IsGrantedAsync(Permissions.TrainingPermissions.OrganizationUnits.Default, cancellationToken)
            ? await units.GetInScopeAsync(asOf, cancellationToken)
            : [];

    /// <summary>A use case's file, written straight to the response as the API writes it.</summary>
    protected IActionResult Download(FileContentDto file) => new DownloadResult(file);

    private string KeyOf(string form, string? field)
    {
        var type = GetType().GetProperty(form)?.PropertyType;
        if (field is null || type is null)
        {
            return string.Empty;
        }

        var key = form;
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

    private sealed class DownloadResult(FileContentDto file) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) =>
            file.ToResult(context.HttpContext.RequestAborted).ExecuteAsync(context.HttpContext);
    }
}
