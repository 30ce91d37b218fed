using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Rosters;

using Training.Web.Common;

namespace Training.Web.Pages.Rosters;

/// <summary>The roster of the caller's units on a date: search, filters, and the Excel and account actions.</summary>
[Authorize(TrainingPermissions.Rosters.Default)]
public class IndexModel(IStaffMemberAppService staff, IOrganizationUnitAppService units, IPermissionChecker permissions, TimeProvider clock)
    : TrainingPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    [BindProperty(SupportsGet = true)]
    public StaffRole? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? InScope { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool IncludeInactive { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public DateOnly Date => AsOf ?? Training.Timing.BusinessClock.Today(clock);

    public PagedResultDto<StaffMemberDto> Result { get; private set; } = new([], 0);

    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    public bool CanManage { get; private set; }

    public bool CanImport { get; private set; }

    public bool CanExport { get; private set; }

    public bool CanCreateAccounts { get; private set; }

    public bool SeesNationalId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = await permissions.IsGrantedAsync(TrainingPermissions.Rosters.Manage, cancellationToken);
        CanImport = await permissions.IsGrantedAsync(TrainingPermissions.Rosters.Import, cancellationToken);
        CanExport = await permissions.IsGrantedAsync(TrainingPermissions.Rosters.Export, cancellationToken);
        CanCreateAccounts = await permissions.IsGrantedAsync(TrainingPermissions.Rosters.CreateAccounts, cancellationToken);
        SeesNationalId = await permissions.IsGrantedAsync(TrainingPermissions.Rosters.ViewNationalId, cancellationToken);
        Units = await UnitsInScopeAsync(units, permissions, Date, cancellationToken);
        await RunAsync(async () => Result = await staff.GetListAsync(new GetStaffListInput
        {
            UnitCode = string.IsNullOrWhiteSpace(UnitCode) ? null : RosterAccess.BareCode(UnitCode), AsOf = Date, Role = Role, InScope = InScope,
            Search = Search, IncludeInactive = IncludeInactive, Page = PageNumber, PageSize = PageSize,
        }, cancellationToken));
    }
}
