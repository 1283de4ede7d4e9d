using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TeamtypeOgPersonadresse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "Team",
                type: "TEXT",
                unicode: false,
                maxLength: 30,
                nullable: false,
                defaultValue: "Vurderingsteam");

            // Teams made before the type existed: the follow-up teams are named for it, the rest assess.
            migrationBuilder.Sql("UPDATE Team SET Type = 'BoOppfolging' WHERE Navn LIKE 'Bo-oppf%'");

            migrationBuilder.AddColumn<string>(
                name: "Adresse",
                table: "Personer",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Postnummer",
                table: "Personer",
                type: "TEXT",
                unicode: false,
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Poststed",
                table: "Personer",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Type",
                table: "Team");

            migrationBuilder.DropColumn(
                name: "Adresse",
                table: "Personer");

            migrationBuilder.DropColumn(
                name: "Postnummer",
                table: "Personer");

            migrationBuilder.DropColumn(
                name: "Poststed",
                table: "Personer");
        }
    }
}
