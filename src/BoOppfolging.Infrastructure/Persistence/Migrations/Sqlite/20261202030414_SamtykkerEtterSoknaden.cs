using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SamtykkerEtterSoknaden : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Form",
                table: "Samtykker",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Formaal",
                table: "Samtykker",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "RegistrertAv",
                table: "Samtykker",
                type: "TEXT",
                nullable: true);

            // The application's consents get their kind from the source as the application named it
            // (Samtykke.FormaalFraKilde); a source naming pårørende (older data) stays a consent for a pårørende.
            migrationBuilder.Sql("""
                UPDATE Samtykker SET Formaal = CASE
                    WHEN Kilde LIKE 'fastlegen%' THEN 'Fastlege'
                    WHEN Kilde LIKE 'NAV%' THEN 'Nav'
                    WHEN Kilde LIKE '%pårørende%' THEN 'Parorende'
                    ELSE 'AnnenTjeneste' END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Form",
                table: "Samtykker");

            migrationBuilder.DropColumn(
                name: "Formaal",
                table: "Samtykker");

            migrationBuilder.DropColumn(
                name: "RegistrertAv",
                table: "Samtykker");
        }
    }
}
