using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Training.EntityFrameworkCore;

namespace Training.Identity;

public static class TrainingIdentityServiceCollectionExtensions
{
    /// <summary>Identity's managers and EF stores with the project's rules: lockout after
    /// <see cref="IdentityConsts.MaxFailedAccessAttempts"/> failures, no e-mail required (phone user names).</summary>
    public static IdentityBuilder AddTrainingIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<TrainingUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = IdentityConsts.MaxFailedAccessAttempts;
                options.Lockout.DefaultLockoutTimeSpan = IdentityConsts.LockoutDuration;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters += "+";
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<TrainingDbContext>();
}
