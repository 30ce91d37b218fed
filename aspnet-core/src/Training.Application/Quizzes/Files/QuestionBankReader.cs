using Microsoft.Extensions.Localization;
using Training.Documents;

namespace Training.Quizzes;

/// <summary>
/// Reads a question file into drafts, telling the format by its first bytes (a trainer's file is often misnamed, and a
/// name proves nothing): a zip is the .xlsx template, XML is a Moodle XML question file, anything else is refused.
/// A file is refused whole (a <see cref="TrainingException"/> on the field <c>file</c>) when it is too large, unsafe or
/// unreadable; a bad question is only reported.
/// </summary>
public sealed class QuestionBankReader(IStringLocalizer localizer)
{
    public const string FileField = "file";

    private static readonly byte[] ZipSignature = [(byte)'P', (byte)'K', 3, 4];

    public async Task<QuestionFileContent> ReadAsync(Stream file, CancellationToken cancellationToken)
    {
        try
        {
            using var content = await UploadedFile.ReadAsync(file, QuizConsts.MaxImportBytes,
                () => new TrainingException(QuestionFileErrorCodes.TooLarge, TrainingErrorKind.BadRequest, QuizConsts.MaxImportBytes / (1024 * 1024)), cancellationToken);
            var log = new QuestionFileLog(localizer);
            if (StartsWithZip(content))
            {
                await QuestionSheetReader.ReadAsync(content, log, cancellationToken);
            }
            else if (LooksLikeXml(content))
            {
                MoodleQuestionReader.Read(content, log);
            }
            else
            {
                throw new TrainingException(QuestionFileErrorCodes.FormatUnknown);
            }

            return log.ToContent();
        }
        catch (TrainingException e) when (e.Field is null)
        {
            throw new TrainingException(e.Code, e.Kind, [.. e.Arguments]) { Field = FileField };
        }
    }

    private static bool StartsWithZip(MemoryStream content) => content.GetBuffer().AsSpan(0, (int)content.Length).StartsWith(ZipSignature);

    /// <summary>A byte-order mark, white space, then '&lt;'; a UTF-16 mark is left to the XML reader to decode.</summary>
    private static bool LooksLikeXml(MemoryStream content)
    {
        var bytes = content.GetBuffer().AsSpan(0, (int)content.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        bytes = bytes.TrimStart((ReadOnlySpan<byte>)" \t\r\n"u8);
        return bytes.Length > 0 && bytes[0] == (byte)'<';
    }
}
