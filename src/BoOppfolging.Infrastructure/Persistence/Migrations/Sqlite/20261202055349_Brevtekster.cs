using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Brevtekster : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BrevtekstversjonId",
                table: "Brev",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Brevtekstversjoner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Tittel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Seksjoner = table.Column<string>(type: "TEXT", nullable: false),
                    GyldigFra = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpprettetAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Opprettet = table.Column<long>(type: "INTEGER", nullable: false),
                    EndretAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Endret = table.Column<long>(type: "INTEGER", nullable: true),
                    PublisertAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Publisert = table.Column<long>(type: "INTEGER", nullable: true),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Brevtekstversjoner", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Brev_BrevtekstversjonId",
                table: "Brev",
                column: "BrevtekstversjonId");

            migrationBuilder.CreateIndex(
                name: "IX_Brevtekstversjoner_Type_Nummer",
                table: "Brevtekstversjoner",
                columns: new[] { "Type", "Nummer" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Brev_Brevtekstversjoner_BrevtekstversjonId",
                table: "Brev",
                column: "BrevtekstversjonId",
                principalTable: "Brevtekstversjoner",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Brev_Brevtekstversjoner_BrevtekstversjonId",
                table: "Brev");

            migrationBuilder.DropTable(
                name: "Brevtekstversjoner");

            migrationBuilder.DropIndex(
                name: "IX_Brev_BrevtekstversjonId",
                table: "Brev");

            migrationBuilder.DropColumn(
                name: "BrevtekstversjonId",
                table: "Brev");
        }
    }
}
