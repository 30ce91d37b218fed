using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.OrganizationUnits;
using Training.Permissions;

using Training.Web.Common;

namespace Training.Web.Pages.OrganizationUnits;

/// <summary>One unit: where it sits, what it replaced and what replaced it; for an admin, edit, add a child, add a successor.</summary>
[Authorize(TrainingPermissions.OrganizationUnits.Default)]
public class DetailsModel(IOrganizationUnitAppService units) : TrainingPageModel
{
    public OrganizationUnitDetailDto Unit { get; private set; } = null!;

    [BindProperty]
    public UpdateOrganizationUnitDto Edit { get; set; } = new();

    [BindProperty]
    public CreateOrganizationUnitDto Child { get; set; } = new();

    [BindProperty]
    public SuccessorInput Successor { get; set; } = new();

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Edit = new UpdateOrganizationUnitDto { Name = Unit.Unit.Name, ValidFrom = Unit.Unit.ValidFrom, ValidTo = Unit.Unit.ValidTo };
        Child = new CreateOrganizationUnitDto { ParentId = id, ValidFrom = Unit.Unit.ValidFrom, Kind = OrganizationUnitKind.Commune };
    }

    public Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken cancellationToken) =>
        ManageAsync(id, nameof(Edit), () => units.UpdateAsync(id, Edit, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostChildAsync(Guid id, CancellationToken cancellationToken)
    {
        Child.ParentId = id;
        return ManageAsync(id, nameof(Child), () => units.CreateAsync(Child, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostSuccessorAsync(Guid id, CancellationToken cancellationToken) =>
        ManageAsync(id, nameof(Successor), () => units.AddSuccessorAsync(id, Successor.Code, Successor.AsOf, cancellationToken), cancellationToken);

    private async Task<IActionResult> ManageAsync(Guid id, string form, Func<Task> action, CancellationToken cancellationToken)
    {
        // Only the submitted form is validated; the other two are empty on this post.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        if (ModelState.IsValid && await RunAsync(action, form))
        {
            Saved = "1";
            return RedirectToPage(new { id });
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken) => Unit = await units.GetAsync(id, cancellationToken);

    public sealed class SuccessorInput
    {
        [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Validation:Required")]
        [System.ComponentModel.DataAnnotations.Display(Name = "DisplayName:SuccessorCode")]
        public string Code { get; set; } = string.Empty;

        [System.ComponentModel.DataAnnotations.Display(Name = "DisplayName:AsOf")]
        public DateOnly AsOf { get; set; }
    }
}
