using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Formaal",
                table: "Samtykker",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "RegistrertAv",
                table: "Samtykker",
                type: "uniqueidentifier",
                nullable: true);

            // The application's consents get their kind from the source as the application named it
            // (Samtykke.FormaalFraKilde); a source naming pårørende (older data) stays a consent for a pårørende.
            // In EXEC: the idempotent script runs this in the batch that adds the column.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE Samtykker SET Formaal = CASE
                    WHEN Kilde LIKE N''fastlegen%'' THEN N''Fastlege''
                    WHEN Kilde LIKE N''NAV%'' THEN N''Nav''
                    WHEN Kilde LIKE N''%pårørende%'' THEN N''Parorende''
                    ELSE N''AnnenTjeneste'' END');
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
