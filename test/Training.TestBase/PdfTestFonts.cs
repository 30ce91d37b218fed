namespace Training;

/// <summary>The Noto Serif fonts the web project's build copies from npm, for PDFs drawn outside the web app (tests, benchmarks).</summary>
public static class PdfTestFonts
{
    /// <summary>Registers them with PDFsharp once per process, found from the output directory up.</summary>
    public static void Use() => Training.Documents.PdfFonts.Use(Directory());

    private static string Directory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var fonts = Path.Combine(directory.FullName, "angular-less-razor-ui", "Training.Web", "wwwroot", "libs", "fonts");
            if (File.Exists(Path.Combine(fonts, "NotoSerif_400Regular.ttf")))
            {
                return fonts;
            }
        }

        throw new InvalidOperationException("No Noto Serif fonts: build angular-less-razor-ui/Training.Web (its npm step copies them).");
    }
}
