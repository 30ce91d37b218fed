using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Permissions;
using Training.Rosters;

namespace Training.Web.Pages.Rosters;

/// <summary>Creates accounts for the people ticked on the roster and answers with the slips to print: the one-time
/// passwords are in that file only, never shown again.</summary>
[Authorize(TrainingPermissions.Rosters.CreateAccounts)]
public class AccountsModel(ILearnerAccountAppService accounts, TrainingProblems problems) : PageModel
{
    public string? Error { get; private set; }

    public IActionResult OnGet() => RedirectToPage("/Rosters/Index");

    public async Task<IActionResult> OnPostAsync(List<Guid> staffIds, CancellationToken cancellationToken)
    {
        try
        {
            var result = await accounts.CreateAsync(new CreateLearnerAccountsDto(staffIds), cancellationToken);
            var signIn = $"{Request.Scheme}://{Request.Host}/Account/Login";
            Response.Headers.CacheControl = "no-store";
            return File(accounts.WriteSlips(result, signIn), Training.HttpApi.Rosters.StaffEndpoints.XlsxContentType,
                $"phieu-tai-khoan-{DateTime.UtcNow:yyyyMMdd-HHmm}.xlsx");
        }
        catch (TrainingException e)
        {
            Error = problems.Message(e.Code, e.Arguments.ToArray());
            return Page();
        }
    }
}
