using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Evaluering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Evalueringer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VedtakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Dato = table.Column<DateOnly>(type: "date", nullable: false),
                    BrukerDeltok = table.Column<bool>(type: "bit", nullable: false),
                    Vurdering = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Maal = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Konklusjon = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    NesteEvaluering = table.Column<DateOnly>(type: "date", nullable: true),
                    RegistrertAv = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Registrert = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evalueringer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evalueringer_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Evalueringer_Vedtak_VedtakId",
                        column: x => x.VedtakId,
                        principalTable: "Vedtak",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Evalueringer_SakId",
                table: "Evalueringer",
                column: "SakId");

            migrationBuilder.CreateIndex(
                name: "IX_Evalueringer_VedtakId_Registrert",
                table: "Evalueringer",
                columns: new[] { "VedtakId", "Registrert" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Evalueringer");
        }
    }
}
