using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using NPOI.SS.UserModel;
using NPOI.XSSF.UserModel;
using Training.Documents;
using Training.Identity;
using Training.Localization;
using Training.Permissions;
using Training.Timing;

namespace Training.Rosters;

public sealed class LearnerAccountAppService(
    IPermissionChecker permissions,
    IStaffMemberRepository staff,
    RosterAccess access,
    UserManager<TrainingUser> users,
    ITrainingUnitOfWork unitOfWork,
    IStringLocalizer<TrainingResource> localizer,
    TimeProvider clock) : ILearnerAccountAppService
{
    // No 0/O, 1/l/I: the password is read off paper and typed on a phone.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "@#$%&*?";

    public async Task<LearnerAccountsResultDto> CreateAsync(CreateLearnerAccountsDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.CreateAccounts, cancellationToken);
        if (input.StaffIds is null || input.StaffIds.Count is 0 or > LearnerAccountLimits.MaxPerRequest)
        {
            throw new TrainingException(TrainingErrorCodes.LearnerAccountsCountInvalid) { Field = "staffIds" };
        }

        var created = new List<LearnerAccountDto>();
        var skipped = new List<LearnerAccountErrorDto>();
        var people = await staff.GetByIdsAsync(input.StaffIds.Distinct().ToList(), cancellationToken);
        var units = await access.GetUnitsByIdAsync(people.Select(p => p.UnitId), cancellationToken);
        var changeable = await access.GetChangeableAsync(people, BusinessClock.Today(clock), cancellationToken);
        foreach (var id in input.StaffIds.Distinct())
        {
            var person = people.FirstOrDefault(p => p.Id == id);
            if (person is null)
            {
                skipped.Add(Skip(id, null, TrainingErrorCodes.StaffNotFound));
                continue;
            }

            if (!changeable.Contains(person.Id))
            {
                throw TrainingException.OutOfScope();
            }

            var userName = person.Email ?? person.Phone;
            if (person.UserId is not null)
            {
                skipped.Add(Skip(id, person.FullName, TrainingErrorCodes.StaffAlreadyHasAccount));
            }
            else if (userName is null)
            {
                skipped.Add(Skip(id, person.FullName, TrainingErrorCodes.StaffNoLoginName));
            }
            else if (await users.FindByNameAsync(userName) is not null)
            {
                skipped.Add(Skip(id, person.FullName, TrainingErrorCodes.UserEmailTaken));
            }
            else
            {
                var password = NewOneTimePassword();
                var user = new TrainingUser(Guid.CreateVersion7(), userName, person.Email, person.FullName) { PhoneNumber = person.Phone };
                user.AssignOrganizationUnit(person.UnitId);
                user.RequirePasswordChange();
                Check(await users.CreateAsync(user, password));
                Check(await users.AddToRoleAsync(user, TrainingRoles.Learner));
                person.LinkUser(user.Id);
                await unitOfWork.SaveChangesAsync(cancellationToken);
                created.Add(new LearnerAccountDto(person.Id, person.FullName, units[person.UnitId].Name, userName, password));
            }
        }

        return new LearnerAccountsResultDto(created, skipped);
    }

    public async Task<FileContentDto> GetSlipsAsync(LearnerAccountsResultDto result, string signInAddress,
        CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.CreateAccounts, cancellationToken);
        var workbook = new XSSFWorkbook();
        var styles = new XlsxStyles(workbook);
        var normal = styles[new XlsxStyle { Size = 13, Wrap = true }];
        var strong = styles[new XlsxStyle { Size = 13, Bold = true }];
        var cut = styles[new XlsxStyle { Underline = BorderStyle.Dashed }];

        var sheet = workbook.CreateSheet("Phiếu tài khoản");
        sheet.SetColumnWidth(0, 256 * 30);
        sheet.SetColumnWidth(1, 256 * 55);
        sheet.PrintSetup.PaperSize = (short)PaperSize.A4;
        sheet.FitToPage = true;
        sheet.PrintSetup.FitWidth = 1;
        sheet.PrintSetup.FitHeight = 0;
        var r = 0;
        foreach (var account in result.Created)
        {
            Line("PHIẾU TÀI KHOẢN HỌC VIÊN", string.Empty, strong);
            Line("Họ và tên:", account.FullName, normal);
            Line("Đơn vị:", account.UnitName, normal);
            Line("Tên đăng nhập:", account.UserName, strong);
            Line("Mật khẩu dùng một lần:", account.OneTimePassword, strong);
            Line("Đăng nhập tại:", signInAddress, normal);
            Line(string.Empty, "Lần đăng nhập đầu tiên, hệ thống sẽ yêu cầu đặt mật khẩu mới. Không đưa phiếu này cho người khác.", normal);
            var separator = sheet.CreateRow(r++);
            separator.CreateCell(0).CellStyle = cut;
            separator.CreateCell(1).CellStyle = cut;
            r++;
        }

        var skippedSheet = workbook.CreateSheet("Không tạo được");
        skippedSheet.SetColumnWidth(0, 256 * 30);
        skippedSheet.SetColumnWidth(1, 256 * 70);
        var header = skippedSheet.CreateRow(0);
        header.CreateCell(0).SetCellValue("Họ và tên");
        header.CreateCell(1).SetCellValue("Lý do");
        for (var i = 0; i < result.Skipped.Count; i++)
        {
            var row = skippedSheet.CreateRow(i + 1);
            row.CreateCell(0).SetCellValue(result.Skipped[i].FullName ?? result.Skipped[i].StaffId.ToString());
            row.CreateCell(1).SetCellValue(result.Skipped[i].Message);
        }

        return FileContentDto.FromBytes($"phieu-tai-khoan-{clock.GetUtcNow():yyyyMMdd-HHmm}.xlsx", ContentTypes.Xlsx, styles.ToBytes());

        void Line(string label, string value, ICellStyle valueStyle)
        {
            var row = sheet.CreateRow(r++);
            var first = row.CreateCell(0);
            first.SetCellValue(label);
            first.CellStyle = normal;
            var second = row.CreateCell(1);
            second.SetCellValue(value);
            second.CellStyle = valueStyle;
        }
    }

    /// <summary>Ten characters with each kind the password rules ask for, from a cryptographic source.</summary>
    public static string NewOneTimePassword()
    {
        string[] sets = [Upper, Lower, Digits, Symbols, Upper + Lower + Digits, Upper + Lower + Digits, Lower + Digits, Lower + Digits, Upper + Lower, Digits];
        var chars = sets.Select(set => set[RandomNumberGenerator.GetInt32(set.Length)]).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private LearnerAccountErrorDto Skip(Guid staffId, string? fullName, string code) => new(staffId, fullName, code, localizer[code].Value);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new TrainingException(TrainingErrorCodes.IdentityOperationFailed, TrainingErrorKind.BadRequest,
                string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
