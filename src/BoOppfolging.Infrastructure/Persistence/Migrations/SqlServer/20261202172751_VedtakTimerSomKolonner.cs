using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "varchar(10)",
                unicode: false,
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kvarter",
                table: "Vedtak",
                type: "int",
                nullable: true);

            // Vedtak made before the columns: the granted hours from the content (a grant only), where the hours across cases read them.
            // In EXEC: the idempotent script compiles the batch before the columns exist.
            migrationBuilder.Sql("EXEC(N'UPDATE [Vedtak] SET [Kvarter] = TRY_CONVERT(int, JSON_VALUE([Innhold], ''$.Kvarter'')), [Enhet] = JSON_VALUE([Innhold], ''$.Enhet'') WHERE ISJSON([Innhold]) = 1 AND JSON_VALUE([Innhold], ''$.Utfall'') IN (''Innvilget'', ''DelvisInnvilget'');');");
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
