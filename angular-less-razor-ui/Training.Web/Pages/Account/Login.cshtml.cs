using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Training.Localization;
using Training.Web.Identity;

using Training.Web.Common;

namespace Training.Web.Pages.Account;

[AllowAnonymous]
public class LoginModel(TrainingSignInService signIn) : TrainingPageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await signIn.CheckPasswordAsync(Input.Login, Input.Password, HttpContext);
        if (!outcome.Succeeded)
        {
            if (outcome.RetryAfter is not null)
            {
                outcome.WriteTo(Response);
            }

            ModelState.AddModelError(string.Empty, L[outcome.ErrorCode!]);
            return Page();
        }

        await signIn.SignInWithCookieAsync(outcome.User!, Input.RememberMe);
        if (outcome.User!.MustChangePassword)
        {
            return RedirectToPage("/Account/ChangePassword");
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Validation:Required")]
        [Display(Name = "DisplayName:Login")]
        public string Login { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation:Required")]
        [DataType(DataType.Password)]
        [Display(Name = "DisplayName:Password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "DisplayName:RememberMe")]
        public bool RememberMe { get; set; }
    }
}
