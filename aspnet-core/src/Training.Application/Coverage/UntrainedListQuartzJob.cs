using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Quartz;
using Training.Identity;
using Training.Localization;
using Training.Notifications;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Timing;

namespace Training.Coverage;

/// <summary>
/// Monday morning: tells each unit officer, for every plan running today, how many in-scope staff of its units are still
/// untrained, with a link to the dashboard's list — in the app, and by e-mail where SMTP is configured. The count only:
/// names stay behind the sign-in. One notice per officer, plan and ISO week, however often the job runs.
/// </summary>
[DisallowConcurrentExecution]
public sealed class UntrainedListQuartzJob(
    ICoveragePlanRepository plans,
    CoverageCalculator calculator,
    IUserRepository users,
    INotificationRepository notifications,
    IEmailSender email,
    ITrainingUnitOfWork unitOfWork,
    IStringLocalizer<TrainingResource> localizer,
    TimeProvider clock,
    ILogger<UntrainedListQuartzJob> logger) : IJob
{
    public const string MessageKey = "Notification:UntrainedWeekly";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = BusinessClock.Today(clock);
        var running = (await plans.GetListAsync(cancellationToken)).Where(p => p.StartsOn <= today && today <= p.EndsOn).ToList();
        if (running.Count == 0)
        {
            return;
        }

        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        var officers = await users.GetInRoleWithPermissionAsync(TrainingRoles.UnitOfficer, TrainingPermissions.Coverage.View, cancellationToken);
        var tree = await calculator.GetUnitsOnAsync(today, cancellationToken);
        var week = today.ToDateTime(TimeOnly.MinValue);
        foreach (var plan in running)
        {
            var root = CoverageCalculator.Root(plan, tree);
            var perUnit = (await calculator.ComputeEveryUnitAsync(plan, tree, root, cancellationToken)).ToDictionary(u => u.Unit.Id);
            var dedup = $"untrained-weekly:{plan.Id}:{ISOWeek.GetYear(week)}-W{ISOWeek.GetWeekOfYear(week):00}";
            var notified = await notifications.GetNotifiedAsync(officers.Select(o => o.Id).ToList(), dedup, cancellationToken);
            foreach (var officer in officers.Where(o => !notified.Contains(o.Id)))
            {
                var tops = TopsOf(officer, tree, root).Where(u => perUnit.ContainsKey(u.Id)).ToList();
                var untrained = tops.Sum(u => perUnit[u.Id].InScope - perUnit[u.Id].Trained);
                if (untrained == 0)
                {
                    continue;
                }

                string[] arguments = [plan.Name, untrained.ToString(CultureInfo.InvariantCulture), today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)];
                var link = $"/Coverage?planId={plan.Id}&unitCode={Uri.EscapeDataString(tops[0].Code)}";
                await notifications.InsertAsync(new Notification(Guid.CreateVersion7(), officer.Id, MessageKey, arguments, link, dedup, clock.GetUtcNow()),
                    cancellationToken);
                await email.SendCopyAsync(officer.Email, localizer["Notification:UntrainedWeeklySubject"], localizer[MessageKey, arguments.Cast<object>().ToArray()],
                    logger, officer.Id, cancellationToken);
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Where the officer's units meet the plan (a unit above the root gives the root), valid today, none inside another.</summary>
    private static IEnumerable<OrganizationUnit> TopsOf(TrainingUser officer, UnitsOnDate tree, OrganizationUnit root)
    {
        var met = officer.OrganizationUnits.Select(a => tree.Find(a.OrganizationUnitId))
            .Where(u => u is not null && u.IsValidOn(tree.AsOf)
                && (u.Path.StartsWith(root.Path, StringComparison.Ordinal) || root.Path.StartsWith(u.Path, StringComparison.Ordinal)))
            .Select(u => CoverageCalculator.Meet(root, u!)).DistinctBy(u => u.Id).ToList();
        return met.Where(u => !met.Any(other => other.Id != u.Id && u.Path.StartsWith(other.Path, StringComparison.Ordinal))).OrderBy(u => u.Path, StringComparer.Ordinal);
    }
}
