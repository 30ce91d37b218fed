using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Web.Identity;

namespace Training.Web.Pages.Account;

public class LogoutModel(TrainingSignInService signIn) : PageModel
{
    public IActionResult OnGet() => Page();

    /// <summary>Ends the session in the database, so that a copy of the cookie opens nothing on any node.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync(User);
        return RedirectToPage("/Account/Login");
    }
}
