using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Kartlegging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Forberedelser",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HvaJegKlarer = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SistEndret = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Maal = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Onsker = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Forberedelser", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Forberedelser_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Innhentinger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SamtykkeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kilde = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Hva = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Frist = table.Column<DateOnly>(type: "date", nullable: false),
                    BestiltAv = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Bestilt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    BrevId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SvarMottatt = table.Column<DateOnly>(type: "date", nullable: true),
                    Sammendrag = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Vedlegg = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Innhentinger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Innhentinger_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Innhentinger_Samtykker_SamtykkeId",
                        column: x => x.SamtykkeId,
                        principalTable: "Samtykker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Iplosvariabellister",
                columns: table => new
                {
                    Versjon = table.Column<int>(type: "int", nullable: false),
                    Innhold = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Iplosvariabellister", x => x.Versjon);
                });

            migrationBuilder.CreateTable(
                name: "IplosVurderinger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Variabelversjon = table.Column<int>(type: "int", nullable: false),
                    Dato = table.Column<DateOnly>(type: "date", nullable: false),
                    VurdertAv = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NesteVurdering = table.Column<DateOnly>(type: "date", nullable: true),
                    Ferdig = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Deltakelse = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Skaarer = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IplosVurderinger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IplosVurderinger_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kartlegginger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AnsvarligId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Innstilling = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Ferdigstilt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FerdigstiltAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Behov = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Kartleggingsmoter = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Maal = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Vurderingsmoter = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kartlegginger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kartlegginger_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Saksvarsler",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Utkastelse = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Sikkerhet = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Tolkesprak = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    IndividuellPlan = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    Koordinator = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SistEndretAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SistEndret = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Saksvarsler", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Saksvarsler_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kartleggingsendringer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    KartleggingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Del = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Tidligere = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Ny = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Begrunnelse = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    EndretAv = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Tidspunkt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kartleggingsendringer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kartleggingsendringer_Kartlegginger_KartleggingId",
                        column: x => x.KartleggingId,
                        principalTable: "Kartlegginger",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Forberedelser_SakId",
                table: "Forberedelser",
                column: "SakId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Innhentinger_SakId_Bestilt",
                table: "Innhentinger",
                columns: new[] { "SakId", "Bestilt" });

            migrationBuilder.CreateIndex(
                name: "IX_Innhentinger_SamtykkeId",
                table: "Innhentinger",
                column: "SamtykkeId");

            migrationBuilder.CreateIndex(
                name: "IX_IplosVurderinger_NesteVurdering_SakId",
                table: "IplosVurderinger",
                columns: new[] { "NesteVurdering", "SakId" });

            migrationBuilder.CreateIndex(
                name: "IX_IplosVurderinger_SakId_Dato",
                table: "IplosVurderinger",
                columns: new[] { "SakId", "Dato" });

            migrationBuilder.CreateIndex(
                name: "IX_Kartlegginger_AnsvarligId",
                table: "Kartlegginger",
                column: "AnsvarligId");

            migrationBuilder.CreateIndex(
                name: "IX_Kartlegginger_SakId",
                table: "Kartlegginger",
                column: "SakId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Kartleggingsendringer_KartleggingId_Tidspunkt",
                table: "Kartleggingsendringer",
                columns: new[] { "KartleggingId", "Tidspunkt" });

            migrationBuilder.CreateIndex(
                name: "IX_Saksvarsler_SakId",
                table: "Saksvarsler",
                column: "SakId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Forberedelser");

            migrationBuilder.DropTable(
                name: "Innhentinger");

            migrationBuilder.DropTable(
                name: "Iplosvariabellister");

            migrationBuilder.DropTable(
                name: "IplosVurderinger");

            migrationBuilder.DropTable(
                name: "Kartleggingsendringer");

            migrationBuilder.DropTable(
                name: "Saksvarsler");

            migrationBuilder.DropTable(
                name: "Kartlegginger");
        }
    }
}
