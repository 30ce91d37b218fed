using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InstantsAsTimestamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "LockoutEnd",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "TEXT",
                oldNullable: true);

            // Every instant is UTC ticks on SQLite; the lockout end was the only one kept as text ("2026-12-02 05:30:00+00:00").
            // SQLite reads its time to the millisecond.
            migrationBuilder.Sql("""
                UPDATE "AspNetUsers" SET "LockoutEnd" = CAST(round((julianday("LockoutEnd") - 1721425.5) * 86400000) AS INTEGER) * 10000
                WHERE typeof("LockoutEnd") = 'text';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "AspNetUsers" SET "LockoutEnd" = strftime('%Y-%m-%d %H:%M:%f', "LockoutEnd" / 864000000000.0 + 1721425.5) || '+00:00'
                WHERE typeof("LockoutEnd") = 'integer';
                """);
            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "LockoutEnd",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
