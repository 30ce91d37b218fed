using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Web.Common;

namespace Training.Web.Pages.Admin.Users;

/// <summary>Create or edit an account: its names, roles, the units it may see, and a password it must change at first sign-in.</summary>
[Authorize(TrainingPermissions.Identity.Users)]
public class EditModel(IUserAdminAppService users) : TrainingPageModel
{
    [BindProperty]
    public SaveUserDto Input { get; set; } = new();

    /// <summary>Unit codes, comma separated, read as valid today or most recently.</summary>
    [BindProperty]
    public string UnitIds { get; set; } = string.Empty;

    public UserDto? Existing { get; private set; }

    public async Task OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } userId)
        {
            Existing = await users.GetAsync(userId, cancellationToken);
            Input = new SaveUserDto
            {
                UserName = Existing.UserName, Email = Existing.Email, PhoneNumber = Existing.PhoneNumber,
                DisplayName = Existing.DisplayName, Roles = Existing.Roles.ToList(),
            };
            UnitIds = string.Join(",", Existing.OrganizationUnits.Select(u => u.Id));
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Input.OrganizationUnitIds = UnitIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).ToList();
        if (id is null && string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", Message("Validation:Required"));
        }

        UserDto? saved = null;
        if (ModelState.IsValid && await RunAsync(async () =>
                saved = id is { } userId ? await users.UpdateAsync(userId, Input, cancellationToken) : await users.CreateAsync(Input, cancellationToken)))
        {
            return RedirectToPage("/Admin/Users/Edit", new { id = saved!.Id });
        }

        Existing = id is { } existingId ? await users.GetAsync(existingId, cancellationToken) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken cancellationToken)
    {
        await users.UnlockAsync(id, cancellationToken);
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }
}
