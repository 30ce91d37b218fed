using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Identity;
using Training.Web.Identity;

namespace Training.Web.Pages.Account;

public class ChangePasswordModel(SignInManager<TrainingUser> signInManager, TrainingSignInService signIn) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public bool Required { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync() => Required = (await signInManager.UserManager.GetUserAsync(User))?.MustChangePassword == true;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signInManager.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Required = user.MustChangePassword;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signInManager.UserManager.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        user.PasswordChanged();
        await signInManager.UserManager.UpdateAsync(user);
        // The new password ends every session of the account, this one too: the browser gets a new one.
        var persistent = (await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties?.IsPersistent ?? false;
        await signIn.SignOutAsync(User);
        await signIn.SignInWithCookieAsync(user, persistent);
        if (Required)
        {
            return Redirect("/");
        }

        Done = true;
        return Page();
    }

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = "Validation:Required")]
        [DataType(DataType.Password)]
        [Display(Name = "DisplayName:CurrentPassword")]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation:Required")]
        [StringLength(128, MinimumLength = 8, ErrorMessage = "Validation:PasswordLength")]
        [DataType(DataType.Password)]
        [Display(Name = "DisplayName:NewPassword")]
        public string NewPassword { get; set; } = string.Empty;

        [Compare(nameof(NewPassword), ErrorMessage = "Validation:PasswordsDiffer")]
        [DataType(DataType.Password)]
        [Display(Name = "DisplayName:ConfirmPassword")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
