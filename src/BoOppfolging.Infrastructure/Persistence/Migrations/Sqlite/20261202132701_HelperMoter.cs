using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HelperMoter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Samarbeidsmoter",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dato = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Deltakere = table.Column<string>(type: "TEXT", nullable: false),
                    InnbyggerDeltok = table.Column<bool>(type: "INTEGER", nullable: false),
                    Referat = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Tiltak = table.Column<string>(type: "TEXT", nullable: false),
                    Korreksjoner = table.Column<string>(type: "TEXT", nullable: false),
                    RegistrertAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Registrert = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Samarbeidsmoter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Samarbeidsmoter_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Samarbeidsmoter_SakId_Dato",
                table: "Samarbeidsmoter",
                columns: new[] { "SakId", "Dato" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Samarbeidsmoter");
        }
    }
}
