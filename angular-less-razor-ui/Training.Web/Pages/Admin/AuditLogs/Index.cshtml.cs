using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Auditing;
using Training.Common;
using Training.Permissions;

using Training.Web.Common;

namespace Training.Web.Pages.Admin.AuditLogs;

[Authorize(TrainingPermissions.Auditing.View)]
public class IndexModel(IAuditLogAppService auditLog) : TrainingPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<AuditLogEntryDto> Result { get; private set; } = new([], 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await auditLog.GetListAsync(
            new GetAuditLogInput { EntityType = EntityType, EntityId = EntityId, UserName = UserName, Page = PageNumber, PageSize = PageSize },
            cancellationToken);
}
