using PdfSharp.Fonts;

namespace Training.Documents;

/// <summary>
/// Noto Serif for every PDF: it covers all Vietnamese letters and keeps stacked marks ("Thị Hằng", "CỘNG") where other
/// fonts' subsets drop them. The files come from npm through the web build (wwwroot/libs/fonts).
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "Noto Serif";
    private static readonly object Lock = new();
    private readonly string _directory;

    private PdfFonts(string directory) => _directory = directory;

    /// <summary>PDFsharp takes one resolver per process; the first directory given wins.</summary>
    public static void Use(string directory)
    {
        lock (Lock)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new PdfFonts(directory);
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "NotoSerif_700Bold" : italic ? "NotoSerif_400Regular_Italic" : "NotoSerif_400Regular");

    public byte[] GetFont(string faceName) => File.ReadAllBytes(Path.Combine(_directory, faceName + ".ttf"));
}
