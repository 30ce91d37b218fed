using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Timing;
using Training.Web.Common;

namespace Training.Web.Pages.OrganizationUnits;

/// <summary>The move of ended units' staff to their successors: a dry run for the chosen date, then the move on request.</summary>
[Authorize(TrainingPermissions.OrganizationUnits.Manage)]
public class MoveStaffModel(IMoveStaffToSuccessorsAppService moves, TimeProvider clock) : TrainingPageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public DateOnly Date => AsOf ?? BusinessClock.Today(clock);

    public MoveStaffToSuccessorsResultDto Result { get; private set; } = new([], []);

    /// <summary>Whether <see cref="Result"/> is what was done rather than what would be.</summary>
    public bool Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await moves.MoveAsync(new MoveStaffToSuccessorsDto { AsOf = Date, DryRun = true }, cancellationToken);

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Done = await RunAsync(async () => Result = await moves.MoveAsync(new MoveStaffToSuccessorsDto { AsOf = Date, DryRun = false }, cancellationToken));
        if (!Done)
        {
            await OnGetAsync(cancellationToken);
        }
    }
}
