using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Permissions;
using Training.Rosters;

using Training.Web.Common;

namespace Training.Web.Pages.Rosters;

/// <summary>Creates accounts for the people ticked on the roster and answers with the slips to print: the one-time
/// passwords are in that file only, never shown again.</summary>
[Authorize(TrainingPermissions.Rosters.CreateAccounts)]
public class AccountsModel(ILearnerAccountAppService accounts) : TrainingPageModel
{
    public IActionResult OnGet() => RedirectToPage("/Rosters/Index");

    public async Task<IActionResult> OnPostAsync(List<Guid> staffIds, CancellationToken cancellationToken)
    {
        Training.Documents.FileContentDto? slips = null;
        if (!await RunAsync(async () => slips = await accounts.GetSlipsAsync(await accounts.CreateAsync(new CreateLearnerAccountsDto(staffIds), cancellationToken),
                $"{Request.Scheme}://{Request.Host}/Account/Login", cancellationToken)))
        {
            return Page();
        }

        Response.Headers.CacheControl = "no-store";
        return Download(slips!);
    }
}
