using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VedtakTimerSomKolonner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Enhet",
                table: "Vedtak",
                type: "TEXT",
                unicode: false,
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kvarter",
                table: "Vedtak",
                type: "INTEGER",
                nullable: true);

            // Vedtak made before the columns: the granted hours from the content (a grant only), where the hours across cases read them.
            migrationBuilder.Sql("UPDATE \"Vedtak\" SET \"Kvarter\" = json_extract(\"Innhold\", '$.Kvarter'), \"Enhet\" = json_extract(\"Innhold\", '$.Enhet') WHERE json_valid(\"Innhold\") AND json_extract(\"Innhold\", '$.Utfall') IN ('Innvilget', 'DelvisInnvilget');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Enhet",
                table: "Vedtak");

            migrationBuilder.DropColumn(
                name: "Kvarter",
                table: "Vedtak");
        }
    }
}
